// The only ECharts parts the dashboard uses (bars, lines, axes, tooltip, legend, aria, SVG
// renderer): importing `echarts` whole would add ~1 MB to the page's chunk.
import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);
