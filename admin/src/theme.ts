import { createElement } from 'react';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { AppBarToolbar } from './layout/AppBarToolbar';

/** The app bar's buttons, named for screen readers, in either theme. */
const appBar: RaThemeOptions['components'] = {
  RaAppBar: { defaultProps: { toolbar: createElement(AppBarToolbar) } },
};

const blue = { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' };

/**
 * react-admin's light theme in colours people can read. White on the app bar's default #2196f3
 * (the secondary colour) is 3.1:1, under the 4.5:1 WCAG AA asks of text; on #1565c0 it is 5.8:1.
 * MUI's primary #1976d2, the colour of text buttons (add a filter, export, create), is 4.4:1 on
 * react-admin's page background #fafafb; #1565c0 is 5.6:1.
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: blue, secondary: blue },
  components: { ...defaultLightTheme.components, ...appBar },
};

/** react-admin's dark theme (its app bar is the dark paper, not a colour), with the same app bar buttons. */
export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  components: { ...defaultDarkTheme.components, ...appBar },
};
