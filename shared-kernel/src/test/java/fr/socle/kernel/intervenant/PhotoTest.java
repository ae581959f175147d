package fr.socle.kernel.intervenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.kernel.erreur.Refus;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PhotoTest {

    static String base64(byte[] octets) {
        return Base64.getEncoder().encodeToString(octets);
    }

    static byte[] avecSignature(int taille, int... signature) {
        byte[] octets = new byte[taille];
        for (int i = 0; i < signature.length; i++) {
            octets[i] = (byte) signature[i];
        }
        return octets;
    }

    private static void refuse(String contenu, String regle) {
        assertThatThrownBy(() -> Photo.depuis(contenu))
                .isInstanceOf(Refus.class)
                .satisfies(e -> assertThat(((Refus) e).erreur().regle()).isEqualTo(regle));
    }

    @Test
    void le_format_est_reconnu_au_contenu() {
        assertThat(Photo.depuis(base64(avecSignature(20, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')))
                        .format())
                .isEqualTo(Photo.FormatPhoto.PNG);
        assertThat(Photo.depuis(base64(avecSignature(20, 0xFF, 0xD8, 0xFF, 0xE0)))
                        .format())
                .isEqualTo(Photo.FormatPhoto.JPEG);
        assertThat(Photo.depuis(base64("GIF89a-une-image".getBytes())).format()).isEqualTo(Photo.FormatPhoto.GIF);
    }

    @Test
    void un_autre_contenu_est_refuse_quel_que_soit_son_nom() {
        refuse(base64("%PDF-1.7 pas une image".getBytes()), "PHOTO_FORMAT_INTERDIT");
        refuse(base64(avecSignature(20, 'B', 'M')), "PHOTO_FORMAT_INTERDIT");
        refuse("pas du base64 !", "PHOTO_INVALIDE");
        refuse(" ", "OBLIGATOIRE");
    }

    @Test
    void une_photo_trop_lourde_est_refusee() {
        refuse(base64(avecSignature(Photo.TAILLE_MAX + 1, 0xFF, 0xD8, 0xFF)), "PHOTO_TROP_GRANDE");
        assertThat(Photo.depuis(base64(avecSignature(Photo.TAILLE_MAX, 0xFF, 0xD8, 0xFF)))
                        .format())
                .isEqualTo(Photo.FormatPhoto.JPEG);
    }

    @Test
    void un_format_annonce_doit_etre_celui_du_contenu() {
        String png = base64(avecSignature(20, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'));
        assertThatThrownBy(() -> new Photo(Photo.FormatPhoto.GIF, png)).isInstanceOf(Refus.class);
    }

    @Test
    void le_matricule_depend_de_la_nature() {
        assertThat(NatureIntervenant.SALARIE.matricule(1)).isEqualTo("SA00001");
        assertThat(NatureIntervenant.CANDIDAT.matricule(42)).isEqualTo("CA00042");
        assertThat(NatureIntervenant.STAGIAIRE.estNumerotee()).isFalse();
        assertThat(NatureIntervenant.INTERIMAIRE.compteur()).isNotEqualTo(NatureIntervenant.PRESTATAIRE.compteur());
    }
}
