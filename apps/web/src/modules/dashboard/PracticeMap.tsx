import { useI18n } from '../../app/i18n';

interface Place {
  name: string;
  latitude: number | null;
  longitude: number | null;
  count: number;
}

/**
 * A schematic map: gemeenten placed by their coordinates, a dot sized by how many practices run there.
 * Decorative for screen readers, which get the list next to it.
 */
export function PracticeMap({ places }: { places: Place[] }) {
  const { t } = useI18n();
  const located = places.filter(
    (p): p is Place & { latitude: number; longitude: number } => p.latitude !== null && p.longitude !== null,
  );
  if (located.length === 0) return null;
  const lats = located.map((p) => p.latitude);
  const lons = located.map((p) => p.longitude);
  const [minLat, maxLat, minLon, maxLon] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lons),
    Math.max(...lons),
  ];
  const width = 320;
  const height = 220;
  const pad = 36;
  const x = (lon: number) => pad + ((lon - minLon) / (maxLon - minLon || 1)) * (width - 2 * pad);
  const y = (lat: number) => height - pad - ((lat - minLat) / (maxLat - minLat || 1)) * (height - 2 * pad);
  return (
    <svg
      className="practice-map"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('dashboard.mapCaption')}
    >
      <rect x="0" y="0" width={width} height={height} rx="8" className="practice-map__ground" />
      {located.map((p) => (
        <g key={p.name}>
          <circle cx={x(p.longitude)} cy={y(p.latitude)} r={6 + 4 * p.count} className="practice-map__dot" />
          <text
            x={x(p.longitude)}
            y={y(p.latitude) - 10 - 4 * p.count}
            textAnchor="middle"
            className="practice-map__label"
          >
            {p.name} ({p.count})
          </text>
        </g>
      ))}
    </svg>
  );
}
