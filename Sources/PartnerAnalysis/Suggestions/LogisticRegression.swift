import Foundation
import PartnerMetrics

/// L2-regularised logistic regression on the ranked features, fitted by Newton's method
/// (iteratively reweighted least squares): P(tie) = σ(b + w·x).
///
/// - Complexity: O(iterations · N · F²) to fit, F = ``PairFeature/count``.
public struct LogisticRegression: Sendable, Hashable {
    /// Intercept first, then one weight per feature.
    public private(set) var coefficients: [Double]

    public func score(_ x: PairFeatureValues) -> Double {
        var z = coefficients[0]
        for f in 0..<PairFeature.count { z += coefficients[f + 1] * x[f] }
        return z
    }

    public init(x: [PairFeatureValues], y: [Bool], weights w: [Double], l2: Double = 1, iterations: Int = 25) {
        let d = PairFeature.count + 1
        var beta = [Double](repeating: 0, count: d)
        var row = [Double](repeating: 0, count: d)
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: d)
            var hessian = [Double](repeating: 0, count: d * d)
            for j in 1..<d { gradient[j] = l2 * beta[j]; hessian[j * d + j] = l2 }
            for i in x.indices {
                row[0] = 1
                for f in 0..<(d - 1) { row[f + 1] = x[i][f] }
                var z = 0.0
                for j in 0..<d { z += beta[j] * row[j] }
                let p = 1 / (1 + exp(-z))
                let residual = w[i] * (p - (y[i] ? 1 : 0))
                let curvature = w[i] * max(p * (1 - p), 1e-12)
                for j in 0..<d {
                    gradient[j] += residual * row[j]
                    let scaled = curvature * row[j]
                    for k in j..<d { hessian[j * d + k] += scaled * row[k] }
                }
            }
            for j in 0..<d { for k in 0..<j { hessian[j * d + k] = hessian[k * d + j] } }
            guard let step = Self.solve(hessian, gradient, d) else { break }
            var change = 0.0
            for j in 0..<d { beta[j] -= step[j]; change = max(change, abs(step[j])) }
            if change < 1e-8 { break }
        }
        coefficients = beta
    }

    /// The logistic fit σ(a + b·x) of one variable (Newton, L2 1e-3 on b).
    static func fit1D(_ x: [Double], y: [Bool], weights w: [Double], iterations: Int = 30) -> (intercept: Double, slope: Double) {
        var a = 0.0, b = 0.0
        for _ in 0..<iterations {
            var ga = 0.0, gb = 1e-3 * b, haa = 0.0, hab = 0.0, hbb = 1e-3
            for i in x.indices {
                let p = 1 / (1 + exp(-(a + b * x[i])))
                let r = w[i] * (p - (y[i] ? 1 : 0)), c = w[i] * max(p * (1 - p), 1e-12)
                ga += r; gb += r * x[i]
                haa += c; hab += c * x[i]; hbb += c * x[i] * x[i]
            }
            let det = haa * hbb - hab * hab
            guard abs(det) > 1e-14 else { break }
            let da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det
            a -= da; b -= db
            if max(abs(da), abs(db)) < 1e-9 { break }
        }
        return (a, b)
    }

    /// Solves H·s = g by Gaussian elimination with partial pivoting; `nil` when singular.
    private static func solve(_ h: [Double], _ g: [Double], _ d: Int) -> [Double]? {
        var a = h, b = g
        for col in 0..<d {
            var pivot = col
            for r in (col + 1)..<max(col + 1, d) where abs(a[r * d + col]) > abs(a[pivot * d + col]) { pivot = r }
            guard abs(a[pivot * d + col]) > 1e-14 else { return nil }
            if pivot != col {
                for k in 0..<d { a.swapAt(col * d + k, pivot * d + k) }
                b.swapAt(col, pivot)
            }
            for r in (col + 1)..<max(col + 1, d) {
                let factor = a[r * d + col] / a[col * d + col]
                guard factor != 0 else { continue }
                for k in col..<d { a[r * d + k] -= factor * a[col * d + k] }
                b[r] -= factor * b[col]
            }
        }
        var s = [Double](repeating: 0, count: d)
        for r in stride(from: d - 1, through: 0, by: -1) {
            var sum = b[r]
            for k in (r + 1)..<max(r + 1, d) { sum -= a[r * d + k] * s[k] }
            s[r] = sum / a[r * d + r]
        }
        return s
    }
}
