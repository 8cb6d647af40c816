import { LoadingIndicator, LocalesMenuButton, ToggleThemeButton, useLocales, useThemesContext, useTranslate } from 'react-admin';

/**
 * The app bar's buttons as react-admin draws them (language, light or dark, reload), with the
 * spinner shown while data loads named "loading" in the reader's language: a progress bar without
 * a name is announced as nothing but "progress bar".
 */
export function AppBarToolbar() {
  const translate = useTranslate();
  const locales = useLocales();
  const { darkTheme } = useThemesContext();
  return (
    <>
      {locales && locales.length > 1 ? <LocalesMenuButton /> : null}
      {darkTheme ? <ToggleThemeButton /> : null}
      <LoadingIndicator aria-label={translate('ra.page.loading')} />
    </>
  );
}
