// The status page's stylesheet, inline (one request, nothing to build or serve).
export const STYLE = `
:root { font: 14px/1.4 system-ui, sans-serif; color: #1f2937; background: #f8fafc; }
body { margin: 0; }
header { display: flex; justify-content: space-between; align-items: center; padding: 0.5rem 1.5rem; background: #1e293b; color: #f8fafc; }
header h1 { font-size: 1.2rem; margin: 0; }
main { padding: 0 1.5rem 2rem; max-width: 1400px; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; } h3 { font-size: 0.95rem; margin: 1rem 0 0.3rem; }
section { background: #fff; border: 1px solid #e2e8f0; border-radius: 6px; padding: 0.2rem 1rem 1rem; margin-top: 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e2e8f0; overflow-wrap: anywhere; }
th { background: #f1f5f9; font-weight: 600; }
code { font-size: 0.85em; }
.muted { color: #64748b; font-weight: normal; font-size: 0.85rem; }
.health { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
.health dt { font-weight: 600; } .health dd { margin: 0; } .health ul { margin: 0; padding-left: 1.2rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 1rem; }
.chart { margin: 0; } .chart svg { width: 100%; height: auto; } .chart figcaption { margin-bottom: 0.3rem; }
.axis { stroke: #94a3b8; } .tick { font-size: 9px; fill: #64748b; }
.reasons { margin: 0.2rem 0 0; padding-left: 1.2rem; font-size: 0.8rem; color: #92400e; }
.badge { display: inline-block; padding: 0 0.4rem; border-radius: 3px; font-size: 0.8rem; background: #e2e8f0; }
.badge.failing, .badge.dead { background: #fee2e2; color: #991b1b; }
.badge.retrying { background: #fef3c7; color: #92400e; }
.badge.ok, .badge.delivered { background: #dcfce7; color: #166534; }
.badge.pending { background: #dbeafe; color: #1e40af; }
tr.failing td { background: #fff7f7; }
.filter { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin: 0.5rem 0; }
.filter label, .login label { display: flex; flex-direction: column; font-size: 0.8rem; color: #475569; }
input { font: inherit; padding: 0.2rem 0.4rem; border: 1px solid #cbd5e1; border-radius: 4px; }
button { font: inherit; padding: 0.2rem 0.8rem; border: 1px solid #1d4ed8; background: #2563eb; color: #fff; border-radius: 4px; cursor: pointer; }
button.link { background: none; border: none; color: #cbd5e1; text-decoration: underline; }
.replay-all { margin: 0.5rem 0; }
.notice { margin: 1rem 1.5rem 0; padding: 0.5rem 1rem; background: #dcfce7; border: 1px solid #86efac; border-radius: 6px; }
.error { color: #b91c1c; }
.login { max-width: 360px; margin: 4rem auto; } .login form { display: grid; gap: 0.8rem; }
`;
