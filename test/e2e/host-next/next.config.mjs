// The host sits under the repository's test-results/, beside no lock file of its own: without a
// root Next would take the repository's package-lock.json for the workspace's and trace from there.
/** @type {import('next').NextConfig} */
const nextConfig = {
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
