/** @type {import('next').NextConfig} */
const nextConfig = {
  // The production build is a static site: any static host can serve `out/`.
  output: 'export',
  trailingSlash: true,
  // With output: 'export' a custom distDir names the export folder (default out/); local parallel builds use it.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
