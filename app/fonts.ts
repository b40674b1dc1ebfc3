import localFont from 'next/font/local';

// Inter ships with the app (no font CDN): the variable Latin subset from @fontsource.
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  display: 'swap',
  variable: '--font-inter',
  weight: '100 900',
});
