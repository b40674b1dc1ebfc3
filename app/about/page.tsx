export const metadata = { title: 'About' };

export default function AboutPage() {
  return <h1>About Faultline</h1>;
}
