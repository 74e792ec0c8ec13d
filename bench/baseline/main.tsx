import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';

/**
 * The bench's baseline page: what an empty React + TanStack Query page that fetches a small JSON and
 * draws one recharts line costs, measured exactly as the Overview is.
 */
interface Point {
  period: string;
  value: number;
}

async function fetchSeries(): Promise<Point[]> {
  const response = await fetch(`${import.meta.env.BASE_URL}data.json`);
  if (!response.ok) throw new Error(`data.json: HTTP ${response.status}`);
  return (await response.json()) as Point[];
}

/** Same mark as the Overview's, set after the frame that shows the drawn line has been painted. */
function useChartPaintedMark(): void {
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // recharts draws the line in a render after its store has measured the chart: wait for the path.
    const waitForLine = () => {
      if (!document.querySelector('.recharts-line-curve')) {
        frame = requestAnimationFrame(waitForLine);
        return;
      }
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          if (performance.getEntriesByName('overview:charts-drawn').length === 0) {
            performance.mark('overview:charts-drawn');
          }
        }, 0);
      });
    };
    waitForLine();
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
}

function Chart({ points }: { points: Point[] }) {
  useChartPaintedMark();
  return (
    <LineChart width={560} height={260} data={points} accessibilityLayer>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="period" />
      <YAxis />
      <Line type="monotone" dataKey="value" stroke="#1f6feb" strokeWidth={2} isAnimationActive={false} />
    </LineChart>
  );
}

function Page() {
  const query = useQuery({ queryKey: ['series'], queryFn: fetchSeries });
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '1rem 2rem' }}>
      <h1>2020年6月 总览</h1>
      <p>基线页面：一个 React 页面读取一份小的 JSON，画一条折线。</p>
      {query.data ? <Chart points={query.data} /> : <p>加载中…</p>}
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <Page />
    </QueryClientProvider>
  </StrictMode>,
);
performance.mark('app:rendered');
