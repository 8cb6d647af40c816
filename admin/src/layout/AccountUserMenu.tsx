import type { ReactNode } from 'react';
import { UserMenu, useGetIdentity } from 'react-admin';

/**
 * The app bar's account menu, named by what it shows. react-admin labels the button with a fixed
 * word while it displays the person's name; a spoken name that differs from the visible one fails
 * WCAG 2.5.3 (label in name), and a voice user saying the name on screen would not reach it.
 * Without a name to show, the button is an icon and keeps react-admin's translated label.
 */
export function AccountUserMenu({ children }: { children?: ReactNode }) {
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName || undefined}>{children}</UserMenu>;
}
