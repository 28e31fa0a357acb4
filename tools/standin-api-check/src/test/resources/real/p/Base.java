package p;

import java.io.IOException;
import java.util.List;

public abstract class Base<T extends Number> implements Comparable<Base<T>> {

    public static final int CONSTANT = 1;

    protected Base(final int x) {
    }

    public abstract T value();

    protected abstract void hook() throws IOException;

    public List<String> names(final String... prefixes) throws IOException {
        return null;
    }

    public final void fixed() {
    }

    public static Base<Integer> create() {
        return null;
    }

    public interface Listener {
        void changed(Base<?> source);

        default int priority() {
            return 0;
        }
    }
}
