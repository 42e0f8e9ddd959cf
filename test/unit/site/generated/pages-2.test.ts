import { readsPlantedValues } from './check';

readsPlantedValues(1);
