import { PortfolioScreen } from './PortfolioScreen';

export function App() {
  return (
    <main>
      <h1>Fieldbook</h1>
      <PortfolioScreen />
    </main>
  );
}
