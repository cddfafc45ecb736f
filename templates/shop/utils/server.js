// The shop's own server, reached with wx.request. The address is the shop's; the devtools' and the
// CLI's host answer for it with a mock server (sign-in and orders), so the template runs anywhere.
const SERVER = 'https://merchant.miniapp.test';

function request(method, path, data, token) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: SERVER + path,
      method,
      data,
      header: token ? { Authorization: `Bearer ${token}` } : {},
      success: (res) => (res.statusCode === 200 ? resolve(res.data) : reject({ status: res.statusCode, errMsg: (res.data && res.data.error) || `HTTP ${res.statusCode}` })),
      fail: reject,
    });
  });
}

let token = '';

/** Signs in with a wx.login code; the server exchanges it for the user's session. */
async function signIn() {
  const { code } = await wx.login();
  const session = await request('POST', '/login', { code });
  token = session.token;
  return session;
}

/** A call as the signed-in user (signing in first, and again when the session has ended). */
async function call(method, path, data) {
  if (!token) await signIn();
  try {
    return await request(method, path, data, token);
  } catch (error) {
    if (error.status !== 401) throw error;
    await signIn();
    return request(method, path, data, token);
  }
}

module.exports = { call, signIn };
