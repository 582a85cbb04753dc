import Link from 'next/link';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { MainNav } from './main-nav';
import { SearchButton } from '@/components/search';
import { SITE_NAME, SITE_SHORT_NAME } from './site';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path d="M7 17h18l-1.5 4.5A4 4 0 0 1 19.7 24h-7.4A4 4 0 0 1 8.5 21.5Z M9 12h4v4H9zM14 12h4v4h-4zM19 12h4v4h-4zM14 7h4v4h-4z" fill="var(--bg)" />
          </svg>
          <span className="brand__name--long">{SITE_NAME}</span>
          <span className="brand__name--short">{SITE_SHORT_NAME}</span>
        </Link>
        <MainNav />
        <div className="site-header__actions">
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
