/** The demo programme's six research themes, with what their projects are about and which industries they suit. */
export interface Theme {
  id: string;
  prefix: string;
  nameEn: string;
  nameDa: string;
  /** Relative chance that a company of an industry joins this theme (default 1). */
  affinity: Readonly<Partial<Record<number, number>>>;
  gainTypes: readonly (readonly [string, number])[];
  titles: readonly string[];
}

export const GAIN_TYPES = ['productivity', 'cost_saving', 'quality', 'energy', 'revenue'] as const;

export const THEMES: readonly Theme[] = [
  {
    id: 'digital_production',
    prefix: 'DIG',
    nameEn: 'Digital production',
    nameDa: 'Digital produktion',
    affinity: { 25: 1.5, 26: 2, 27: 2, 28: 2, 22: 1.2, 10: 1.2, 32: 1.5 },
    gainTypes: [
      ['productivity', 5],
      ['quality', 3],
      ['cost_saving', 2],
      ['revenue', 1],
    ],
    titles: [
      'Digital twin of a pump assembly line',
      'Shop-floor data platform for small manufacturers',
      'Predictive maintenance from machine vibration data',
      'Real-time quality prediction in injection moulding',
      'Augmented-reality work instructions for assembly',
      'Industrial IoT retrofit of legacy CNC machines',
      'Machine learning for process parameter optimisation',
    ],
  },
  {
    id: 'robotics_automation',
    prefix: 'ROB',
    nameEn: 'Robots and automation',
    nameDa: 'Robotter og automatisering',
    affinity: { 25: 2.5, 28: 2, 22: 2, 10: 1.8, 27: 1.5, 31: 1.5, 16: 1.2, 33: 0.6 },
    gainTypes: [
      ['productivity', 6],
      ['cost_saving', 3],
      ['quality', 2],
    ],
    titles: [
      'Vision-guided bin picking of mixed metal parts',
      'Collaborative robots for small-batch welding',
      'Flexible gripper for food handling',
      'Offline programming of grinding and polishing robots',
      'Automated kitting for high-mix assembly',
      'Robot-based deburring of cast components',
      'Mobile manipulators for machine tending',
    ],
  },
  {
    id: 'materials_additive',
    prefix: 'MAT',
    nameEn: 'Materials and additive manufacturing',
    nameDa: 'Materialer og additiv fremstilling',
    affinity: { 25: 2, 28: 2, 22: 2, 32: 2, 24: 2, 23: 1.5, 20: 1.5, 10: 0.3 },
    gainTypes: [
      ['productivity', 3],
      ['cost_saving', 3],
      ['quality', 3],
      ['revenue', 2],
    ],
    titles: [
      'Metal 3D printing of hydraulic manifolds',
      'Additive tooling with conformal cooling',
      'Surface engineering against wear in pumps',
      'Lightweight composite structures for machinery',
      'Qualification of printed polymer spare parts',
      'Joining of dissimilar materials by laser',
      'Recycled plastics in technical components',
    ],
  },
  {
    id: 'operations_supply_chain',
    prefix: 'OPS',
    nameEn: 'Operations and supply chain',
    nameDa: 'Drift og forsyningskæde',
    affinity: { 10: 2, 31: 2, 28: 1.5, 25: 1.5, 27: 1.3, 17: 1.3, 33: 1.5 },
    gainTypes: [
      ['productivity', 4],
      ['cost_saving', 4],
      ['revenue', 1],
    ],
    titles: [
      'Production planning for high-mix low-volume factories',
      'Lean digital flow in make-to-order production',
      'Supplier collaboration on shared forecasts',
      'Global footprint decisions for SME manufacturers',
      'Internal logistics with autonomous transport',
      'Order-driven scheduling of shared machine capacity',
    ],
  },
  {
    id: 'product_development',
    prefix: 'PRD',
    nameEn: 'Product development',
    nameDa: 'Produktudvikling',
    affinity: { 28: 2.5, 27: 2, 26: 2.5, 32: 2, 29: 1.5, 30: 1.5, 25: 1 },
    gainTypes: [
      ['revenue', 4],
      ['productivity', 3],
      ['cost_saving', 2],
      ['quality', 1],
    ],
    titles: [
      'Product platforms and modular architectures',
      'Design for automated assembly',
      'Simulation-driven design of rotating equipment',
      'Mass customisation of configurable products',
      'Rapid prototyping loops with customers',
      'Variant reduction in mechanical product families',
    ],
  },
  {
    id: 'sustainable_production',
    prefix: 'SUS',
    nameEn: 'Sustainable production',
    nameDa: 'Bæredygtig produktion',
    affinity: { 10: 2, 20: 2, 22: 2, 23: 2.5, 17: 2, 16: 1.5, 24: 2, 11: 1.5 },
    gainTypes: [
      ['energy', 5],
      ['cost_saving', 3],
      ['productivity', 2],
      ['quality', 1],
    ],
    titles: [
      'Energy monitoring and load shifting in process plants',
      'Waste heat recovery in drying processes',
      'Scrap reduction through closed-loop process control',
      'Life-cycle assessment in the design office',
      'Compressed-air leak detection and optimisation',
      'Remanufacturing of industrial components',
      'Water reuse in food processing lines',
    ],
  },
];

/** Participating companies by industry, weighted like Danish manufacturing (many in 25, 28, 27, 22, 10; a few in 21). */
export const COMPANIES_BY_NACE: readonly (readonly [number, number])[] = [
  [25, 24],
  [28, 28],
  [27, 14],
  [22, 14],
  [10, 12],
  [26, 10],
  [32, 8],
  [33, 7],
  [31, 5],
  [20, 5],
  [23, 5],
  [16, 3],
  [17, 3],
  [24, 3],
  [21, 3],
  [29, 2],
  [30, 2],
  [13, 1],
  [11, 1],
];
