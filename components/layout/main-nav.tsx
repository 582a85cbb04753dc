'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const sections = [
  { href: '/', label: 'Khoá học', owns: (path: string) => path === '/' || path.startsWith('/docker/') },
  { href: '/playground/', label: 'Sân chơi', owns: (path: string) => path.startsWith('/playground') },
  { href: '/quiz/', label: 'Trắc nghiệm', owns: (path: string) => path.startsWith('/quiz') },
  { href: '/rules/', label: 'Quy tắc', owns: (path: string) => path.startsWith('/rules') },
];

export function MainNav() {
  const pathname = usePathname() ?? '/';
  return (
    <nav className="main-nav" aria-label="Điều hướng chính">
      <ul>
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={section.owns(pathname) ? 'page' : undefined}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
