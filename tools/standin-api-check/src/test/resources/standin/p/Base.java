package p;

import java.util.List;

/** Planted violations; see ComparisonTest. */
public abstract class Base<T extends Number> implements Comparable<Base<T>>, java.io.Serializable {

    public static final int CONSTANT = 1;

    protected Base(final int x) {
    }

    public abstract T value();

    public List<String> names(final String... prefixes) {
        return null;
    }

    public void fixed() {
    }

    public Base<Integer> create() {
        return null;
    }

    public void extra() {
    }

    public interface Listener {
        void changed(Base<?> source);

        int priority();
    }
}
