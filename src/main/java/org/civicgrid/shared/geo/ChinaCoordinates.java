package org.civicgrid.shared.geo;

/**
 * GCJ-02, the offset coordinate system Chinese phone maps (AMap, Tencent) report, and WGS-84, which GPS and
 * our boundaries use. Outside China the two coincide. The forward transform is the published one; the reverse
 * is found by fixed-point iteration to well under a centimetre.
 */
public final class ChinaCoordinates {

	private static final double A = 6378245.0;
	private static final double EE = 0.00669342162296594323;

	private ChinaCoordinates() {
	}

	/** WGS-84 → GCJ-02, as {lat, lng}. */
	public static double[] toGcj02(double lat, double lng) {
		if (outsideChina(lat, lng)) {
			return new double[] { lat, lng };
		}
		double dLat = transformLat(lng - 105.0, lat - 35.0);
		double dLng = transformLng(lng - 105.0, lat - 35.0);
		double radLat = lat / 180.0 * Math.PI;
		double magic = Math.sin(radLat);
		magic = 1 - EE * magic * magic;
		double sqrtMagic = Math.sqrt(magic);
		dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new double[] { lat + dLat, lng + dLng };
	}

	/** GCJ-02 → WGS-84, as {lat, lng}. */
	public static double[] toWgs84(double gcjLat, double gcjLng) {
		if (outsideChina(gcjLat, gcjLng)) {
			return new double[] { gcjLat, gcjLng };
		}
		double lat = gcjLat;
		double lng = gcjLng;
		for (int i = 0; i < 30; i++) {
			double[] forward = toGcj02(lat, lng);
			double errLat = forward[0] - gcjLat;
			double errLng = forward[1] - gcjLng;
			lat -= errLat;
			lng -= errLng;
			if (Math.abs(errLat) < 1e-10 && Math.abs(errLng) < 1e-10) {
				break;
			}
		}
		return new double[] { lat, lng };
	}

	static boolean outsideChina(double lat, double lng) {
		return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
	}

	private static double transformLat(double x, double y) {
		double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return ret;
	}

	private static double transformLng(double x, double y) {
		double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return ret;
	}
}
