package fr.socle.query.commun;

import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;

/** Les groupes de traitement déclarés ({@link ProcessingGroup}), lus sur les beans sans les créer. */
public final class GroupesDeTraitement {

    private GroupesDeTraitement() {}

    public static List<String> noms(ListableBeanFactory beans) {
        return Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(nom ->
                        beans.findAnnotationOnBean(nom, ProcessingGroup.class).value())
                .distinct()
                .toList();
    }
}
