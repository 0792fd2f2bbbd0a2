//! Small dense linear algebra for the weighted fit (about twenty unknowns): a Cholesky factor, a solve
//! with it, the inverse of a symmetric positive-definite matrix, and a symmetric matrix's eigenvectors
//! (the hindsight fit's identifiability check).

// Matrix algebra reads clearer with indices.
#![allow(clippy::needless_range_loop)]

/// A square matrix, row by row.
pub(crate) type Matrix = Vec<Vec<f64>>;

/// The lower-triangular Cholesky factor `L` of `a` (`a = L Lᵀ`), or `None` if `a` is not symmetric
/// positive definite (or holds a NaN).
pub(crate) fn cholesky(a: &[Vec<f64>]) -> Option<Matrix> {
    let n = a.len();
    let mut l = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in 0..=i {
            let s: f64 = (0..j).map(|k| l[i][k] * l[j][k]).sum();
            if i == j {
                let d = a[i][i] - s;
                if !(d > 0.0 && d.is_finite()) {
                    return None;
                }
                l[i][i] = d.sqrt();
            } else {
                l[i][j] = (a[i][j] - s) / l[j][j];
            }
        }
    }
    Some(l)
}

/// `x` with `L Lᵀ x = b`, for the factor `l` of [`cholesky`].
pub(crate) fn cholesky_solve(l: &[Vec<f64>], b: &[f64]) -> Vec<f64> {
    let n = b.len();
    let mut y = vec![0.0; n];
    for i in 0..n {
        let s: f64 = (0..i).map(|k| l[i][k] * y[k]).sum();
        y[i] = (b[i] - s) / l[i][i];
    }
    let mut x = vec![0.0; n];
    for i in (0..n).rev() {
        let s: f64 = (i + 1..n).map(|k| l[k][i] * x[k]).sum();
        x[i] = (y[i] - s) / l[i][i];
    }
    x
}

/// The inverse of a symmetric positive-definite `a`, or `None` if it is not one.
pub(crate) fn inverse_spd(a: &[Vec<f64>]) -> Option<Matrix> {
    let n = a.len();
    let l = cholesky(a)?;
    let mut inverse = vec![vec![0.0; n]; n];
    for c in 0..n {
        let mut unit = vec![0.0; n];
        unit[c] = 1.0;
        for (r, v) in cholesky_solve(&l, &unit).into_iter().enumerate() {
            inverse[r][c] = v;
        }
    }
    Some(inverse)
}

/// The eigenvalues and unit eigenvectors of the symmetric matrix `a`, largest eigenvalue first (cyclic
/// Jacobi rotations until the off-diagonal is negligible): `vectors[k]` belongs to `values[k]`.
pub(crate) fn symmetric_eigen(a: &[Vec<f64>]) -> (Vec<f64>, Matrix) {
    let n = a.len();
    let mut a = a.to_vec();
    // Columns of v are the eigenvectors.
    let mut v: Matrix = (0..n)
        .map(|i| (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect())
        .collect();
    for _sweep in 0..100 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i][j] * a[i][j])
            .sum();
        let scale: f64 = (0..n).map(|i| a[i][i] * a[i][i]).sum::<f64>().max(1e-300);
        if off <= 1e-24 * scale {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                if a[p][q] == 0.0 {
                    continue;
                }
                // The rotation that zeroes a[p][q].
                let theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let (c, s) = (1.0 / (t * t + 1.0).sqrt(), t / (t * t + 1.0).sqrt());
                for k in 0..n {
                    let (akp, akq) = (a[k][p], a[k][q]);
                    a[k][p] = c * akp - s * akq;
                    a[k][q] = s * akp + c * akq;
                }
                for k in 0..n {
                    let (apk, aqk) = (a[p][k], a[q][k]);
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
                for k in 0..n {
                    let (vkp, vkq) = (v[k][p], v[k][q]);
                    v[k][p] = c * vkp - s * vkq;
                    v[k][q] = s * vkp + c * vkq;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    super::sensitivity::largest_first(&mut order, |&i| a[i][i]);
    let values = order.iter().map(|&i| a[i][i]).collect();
    let vectors = order
        .iter()
        .map(|&i| (0..n).map(|k| v[k][i]).collect())
        .collect();
    (values, vectors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inverse_times_the_matrix_is_the_identity() {
        let a = vec![
            vec![4.0, 1.0, 0.5],
            vec![1.0, 3.0, 0.2],
            vec![0.5, 0.2, 2.0],
        ];
        let inv = inverse_spd(&a).expect("positive definite");
        for i in 0..3 {
            for j in 0..3 {
                let product: f64 = (0..3).map(|k| a[i][k] * inv[k][j]).sum();
                let identity = if i == j { 1.0 } else { 0.0 };
                assert!((product - identity).abs() < 1e-12, "({i}, {j}): {product}");
            }
        }
    }

    #[test]
    fn a_matrix_that_is_not_positive_definite_has_no_factor() {
        assert!(cholesky(&[vec![1.0, 2.0], vec![2.0, 1.0]]).is_none());
        assert!(cholesky(&[vec![f64::NAN]]).is_none());
    }

    #[test]
    fn eigenvectors_times_the_matrix_are_their_eigenvalues_times_themselves() {
        let a = vec![
            vec![4.0, 1.0, 0.5],
            vec![1.0, 3.0, 0.2],
            vec![0.5, 0.2, 2.0],
        ];
        let (values, vectors) = symmetric_eigen(&a);
        assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
        // The trace is the eigenvalues' sum.
        assert!((values.iter().sum::<f64>() - 9.0).abs() < 1e-12);
        for (lambda, v) in values.iter().zip(&vectors) {
            assert!((v.iter().map(|x| x * x).sum::<f64>() - 1.0).abs() < 1e-12);
            for i in 0..3 {
                let av: f64 = (0..3).map(|k| a[i][k] * v[k]).sum();
                assert!(
                    (av - lambda * v[i]).abs() < 1e-10,
                    "{av} vs {}",
                    lambda * v[i]
                );
            }
        }
    }
}
