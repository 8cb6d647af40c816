import { Box, Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

/**
 * react-admin's login card, inside the page's `main` landmark and under the system's name as the
 * page's heading: a screen reader user lands on the form and hears where they are.
 */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Box component="main">
      <Login>
        <Typography component="h1" variant="h6" align="center" sx={{ px: 2 }}>
          {translate('app.title')}
        </Typography>
        <LoginForm />
      </Login>
    </Box>
  );
}
