import type { LabelProps } from 'recharts';

/**
 * A label right of a bar's end, for a LabelList's `content`: Recharts' own label measures its text in the DOM on every
 * draw (a forced layout per label, and the values change with each filter); a plain <text> with its anchor set needs
 * no measuring.
 */
export function barEndLabel(text: (value: LabelProps['value']) => string, fontSize: number) {
  return function BarEndLabel(props: LabelProps) {
    const { x, y, width, height, value } = props as LabelProps & { x?: number; y?: number; width?: number; height?: number };
    return (
      <text
        x={Number(x) + Number(width) + 5}
        y={Number(y) + Number(height) / 2}
        fontSize={fontSize}
        fill="#1b1f24"
        textAnchor="start"
        dominantBaseline="central"
        className="recharts-label"
      >
        {text(value)}
      </text>
    );
  };
}
