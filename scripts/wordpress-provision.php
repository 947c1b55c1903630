<?php
/*
 * Install a fresh WordPress into an empty database, for the connector's tests, without a
 * browser: `php wordpress-provision.php DOCROOT USER PASSWORD`. DOCROOT is a copy of the
 * WordPress tree whose wp-config.php names the database and the site address.
 * Prints JSON: {"user", "app_password"} — an application password for USER.
 */
if ($argc !== 4) {
    fwrite(STDERR, "usage: php wordpress-provision.php DOCROOT USER PASSWORD\n");
    exit(2);
}
[, $root, $user, $password] = $argv;

define('WP_INSTALLING', true);  // lets WordPress load with no tables yet
$_SERVER['HTTP_HOST'] = parse_url(getenv('WP_HOME') ?: 'http://127.0.0.1', PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter('pre_wp_mail', '__return_false');  // no mail server here; nobody to tell

$installed = wp_install('Corrigenda test site', $user, $user . '@example.invalid', false, '', wp_slash($password));
if (is_wp_error($installed)) {
    fwrite(STDERR, $installed->get_error_message() . "\n");
    exit(1);
}
// Pretty permalinks: a post's link ends with its slug, as on real news sites.
update_option('permalink_structure', '/%year%/%monthnum%/%day%/%postname%/');
[$app_password] = WP_Application_Passwords::create_new_application_password(
    $installed['user_id'], ['name' => 'corrigenda-tests']
);
echo json_encode(['user' => $user, 'app_password' => $app_password]), "\n";
