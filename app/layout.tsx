import type { Metadata, Viewport } from 'next';
import './globals.css';
// Every route's own stylesheet comes with every page. Next.js prefetches the pages linked from the one
// in view and preloads their stylesheets; one not used within seconds is a console warning on each page.
import '@/components/checklist/checklist.module.css';
import '@/components/quiz/quiz.module.css';
import '@/components/results/results.module.css';
import '@/components/rules/rules.module.css';
import '@/components/share/share.module.css';
import { fontVariables } from '@/components/layout/fonts';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { MAIN_CONTENT_ID, SkipLink } from '@/components/layout/skip-link';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '@/components/layout/site';
import { StoreHydrator } from '@/components/progress/store-hydrator';
import { ThemeScript } from '@/components/theme/theme-script';

export const metadata: Metadata = {
  metadataBase: SITE_URL,
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  openGraph: { type: 'website', locale: 'vi_VN', siteName: SITE_NAME, title: SITE_NAME, description: SITE_DESCRIPTION, url: '/' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0d1117' },
  ],
};

export default function RootLayout({ children }: LayoutProps<'/'>) {
  return (
    // The inline theme script sets data-theme before hydration, hence suppressHydrationWarning.
    <html lang="vi" className={fontVariables} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <SkipLink />
        <SiteHeader />
        <main id={MAIN_CONTENT_ID} className="site-main" tabIndex={-1}>
          {/* Its notices open the page's content: a reset saved progress is seen, not left below the footer. */}
          <StoreHydrator />
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
