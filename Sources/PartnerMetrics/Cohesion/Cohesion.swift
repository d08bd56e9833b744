/// Whole-network cohesion measures: distances, transitivity, centralization (Wasserman & Faust
/// 1994, ch. 4–5). Density is PartnerCore's ``PartnerCore/Graph/density``; components and cut points
/// are ``Components`` and ``Biconnectivity``.
public enum Cohesion {}
