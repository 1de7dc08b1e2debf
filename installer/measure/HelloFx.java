import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The reference for measure-start.sh: a bare JavaFX window on the stock JDK. Prints the time of
 * its first frame exactly as the designer's StartupProbe does (second pulse after showing), then quits.
 */
public class HelloFx extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 640, 480));
        stage.setOnShown(e -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    System.err.println("first-frame-epoch-ms " + System.currentTimeMillis());
                    Platform.exit();
                }
            }
        }.start());
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
