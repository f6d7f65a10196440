// Every step of the Products family.
import newProduct from '../triggers/products/newProduct';
import listProductPrices from '../triggers/products/listProductPrices';
import findProduct from '../searches/products/findProduct';
import createProduct from '../creates/products/createProduct';

export default [newProduct, listProductPrices, findProduct, createProduct];
