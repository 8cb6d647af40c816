import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './workbench.css';
import { createRoot } from 'react-dom/client';
import { Workbench } from './Workbench';

createRoot(document.getElementById('root')!).render(<Workbench />);
