//! Small dense linear algebra for the weighted fit (about twenty unknowns): a Cholesky factor, a solve
//! with it, and the inverse of a symmetric positive-definite matrix.

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
}
