package io.github.singlestorehttp.local.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority and a server certificate it signed, generated with EC P-256 keys. The server
 * certificate names {@code localhost}, {@code 127.0.0.1} and {@code ::1} (plus any extra host) so clients can verify
 * it; the CA certificate, written out as PEM, is what those clients trust.
 */
public final class GeneratedTlsIdentity {

	private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

	private static final Duration VALIDITY = Duration.ofDays(365);

	private static final char[] KEY_STORE_PASSWORD = "local".toCharArray();

	private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "::1");

	private final SSLContext sslContext;

	private final X509Certificate caCertificate;

	private GeneratedTlsIdentity(SSLContext sslContext, X509Certificate caCertificate) {
		this.sslContext = sslContext;
		this.caCertificate = caCertificate;
	}

	/**
	 * Generates a CA and a server certificate.
	 * @param extraHosts host names or IP addresses to add to the server certificate besides the loopback names
	 * @return the identity
	 */
	public static GeneratedTlsIdentity generate(Collection<String> extraHosts) {
		try {
			KeyPair caKeys = newKeyPair();
			KeyPair serverKeys = newKeyPair();
			X500Name caName = new X500Name("CN=SingleStore HTTP local CA");
			X509Certificate ca = caCertificate(caName, caKeys);
			X509Certificate server = serverCertificate(caName, ca, caKeys, serverKeys, hostNames(extraHosts));
			return new GeneratedTlsIdentity(sslContext(serverKeys, server, ca), ca);
		}
		catch (GeneralSecurityException | OperatorCreationException | CertIOException ex) {
			throw new IllegalStateException("Could not generate the TLS certificates", ex);
		}
	}

	/**
	 * The SSL context that presents the server certificate.
	 * @return the context
	 */
	public SSLContext sslContext() {
		return this.sslContext;
	}

	/**
	 * The CA certificate in PEM form, for clients to trust.
	 * @return the PEM text
	 */
	public String caCertificatePem() {
		try {
			String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(this.caCertificate.getEncoded());
			return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encode the CA certificate", ex);
		}
	}

	private static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	private static X509Certificate caCertificate(X500Name name, KeyPair keys)
			throws GeneralSecurityException, OperatorCreationException, CertIOException {
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		X509v3CertificateBuilder builder = newBuilder(name, name, keys)
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
			.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
			.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
			.addExtension(Extension.authorityKeyIdentifier, false,
					extensions.createAuthorityKeyIdentifier(keys.getPublic()));
		return sign(builder, keys);
	}

	private static X509Certificate serverCertificate(X500Name caName, X509Certificate ca, KeyPair caKeys,
			KeyPair keys, GeneralNames hostNames)
			throws GeneralSecurityException, OperatorCreationException, CertIOException {
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		X509v3CertificateBuilder builder = newBuilder(caName, new X500Name("CN=localhost"), keys)
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
			.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
			.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
			.addExtension(Extension.subjectAlternativeName, false, hostNames)
			.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
			.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca));
		return sign(builder, caKeys);
	}

	private static X509v3CertificateBuilder newBuilder(X500Name issuer, X500Name subject, KeyPair subjectKeys) {
		Instant now = Instant.now();
		BigInteger serial = new BigInteger(64, new SecureRandom()).add(BigInteger.ONE);
		return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(VALIDITY)), subject, subjectKeys.getPublic());
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signerKeys)
			throws GeneralSecurityException, OperatorCreationException {
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signerKeys.getPrivate())));
	}

	private static GeneralNames hostNames(Collection<String> extraHosts) {
		List<String> hosts = new ArrayList<>(LOOPBACK_NAMES);
		extraHosts.stream().filter((host) -> !hosts.contains(host)).forEach(hosts::add);
		return new GeneralNames(hosts.stream().map(GeneratedTlsIdentity::generalName).toArray(GeneralName[]::new));
	}

	private static GeneralName generalName(String host) {
		boolean ipAddress = host.contains(":") || host.matches("[0-9.]+");
		return new GeneralName(ipAddress ? GeneralName.iPAddress : GeneralName.dNSName, host);
	}

	private static SSLContext sslContext(KeyPair keys, X509Certificate server, X509Certificate ca)
			throws GeneralSecurityException {
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try {
			keyStore.load(null, null);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not create an empty key store", ex);
		}
		keyStore.setKeyEntry("server", keys.getPrivate(), KEY_STORE_PASSWORD, new Certificate[] { server, ca });
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keyStore, KEY_STORE_PASSWORD);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keyManagers.getKeyManagers(), null, null);
		return context;
	}

}
