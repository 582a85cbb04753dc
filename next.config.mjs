/** @type {import('next').NextConfig} */
const nextConfig = {
  // The production build is a static site: any static host can serve `out/`.
  output: 'export',
  trailingSlash: true,
  // Lets parallel local builds use separate folders; CI uses the default.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
