package io.github.backproplab.widgets;

import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.comm.CommCloseCommand;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;

/** The comm of one widget: hands the page's messages and its close to the widget. */
final class WidgetComm extends Comm {
    private final CommManager manager;
    private final Widget widget;

    WidgetComm(CommManager manager, String id, String targetName, Widget widget) {
        super(manager, id, targetName);
        this.manager = manager;
        this.widget = widget;
    }

    @Override
    protected void onMessage(Message<CommMsgCommand> message) {
        // What the widget sends while handling this message (the echo above all) answers it,
        // as the page matches an echo to its update by the parent header.
        manager.setMessageContext(message);
        widget.receive(message.getContent().getData(), message.getBlobs());
    }

    @Override
    protected void onClose(Message<CommCloseCommand> closeMessage, boolean sending) {
        widget.closed();
    }
}
