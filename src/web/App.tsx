import { Layout } from "./components/Layout";
import { AppRoutes } from "./routes";

export function App() {
  return (
    <Layout>
      <AppRoutes />
    </Layout>
  );
}
