import 'migration-log-view/styles.css';
import type { ReactNode } from 'react';
import { HydrationMark } from './hydration-mark';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
